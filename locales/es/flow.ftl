## Diagramas de flujo: cada carril lleva el papel que su parte desempeña en el intercambio
## (los términos de las RFC), y un aviso aparece cuando el diagrama es más ancho que la
## pantalla.

# UA 1 y UA 2, con números y no letras: «de UA A a UA B» se leería «A a».
flow-role = { $role ->
    [uac] Llamante (UAC)
    [uas] Destinatario (UAS)
    [uas2] Destinatario 2 (UAS)
    [proxy] Proxy
    [proxy2] Proxy 2
    [registrar] Registrar
    [ua] Agente de usuario
    [subscriber] Suscriptor
    [notifier] Notificador
    [publisher] Publicador
    [esc] Compositor (ESC)
    [sender] Emisor
    [recipient] Receptor
    [ua-a] UA 1
    [ua-b] UA 2
    [referrer] Transferidor
    [referee] Transferido
    [refer-target] Destino de la transferencia
   *[redirect] Servidor de redirección
}
flow-scroll-hint = Más ancho que la pantalla: desplace el diagrama en horizontal para ver todas las partes.

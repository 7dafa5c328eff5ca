## Diagramas de flujo: cada carril lleva el papel que su parte desempeña en el intercambio
## (los términos de las RFC), y un aviso aparece cuando el diagrama es más ancho que la
## pantalla.

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
    [ua-a] UA A
    [ua-b] UA B
    [referrer] Transferidor
    [referee] Transferido
    [refer-target] Destino de la transferencia
   *[redirect] Servidor de redirección
}
flow-scroll-hint = Más ancho que la pantalla: desplace el diagrama en horizontal para ver todas las partes.

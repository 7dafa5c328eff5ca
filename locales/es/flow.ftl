## Diagramas de flujo: cada carril lleva el papel que su parte desempeña en el intercambio
## (los términos de las RFC), y un aviso aparece cuando el diagrama es más ancho que la
## pantalla.

# UA 1 y UA 2, con números y no letras: «de UA A a UA B» se leería «A a».
# Una etiqueta sin espacios de más de 11 letras se parte a media palabra en el diagrama
# («Transf/eridor»): por eso el término de la RFC va entre paréntesis, como (UAC) y (UAS).
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
    [referrer] Transferidor (referrer)
    [referee] Transferido (referee)
    [refer-target] Destino de la transferencia
   *[redirect] Servidor de redirección
}
flow-scroll-hint = Más ancho que la pantalla: desplace el diagrama horizontalmente para ver todos los participantes.

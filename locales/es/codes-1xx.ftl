# Textos de los códigos de respuesta 1xx (provisionales).

code-100 =
    .summary = El siguiente salto recibió la solicitud y la está procesando; es solo salto a salto y no dice nada del destinatario.
    .description = La solicitud llegó al servidor del siguiente salto y hay algún procesamiento no especificado en curso, como una consulta de localización o de enrutamiento. Como cualquier respuesta provisional, hace que el UAC deje de retransmitir un `INVITE`, pero, a diferencia de las demás, un proxy con estado nunca la reenvía aguas arriba: cada salto genera la suya.
    .seen = Los proxies con estado, los SBC y las pasarelas la envían en cuanto llega un `INVITE`, y una transacción de servidor `INVITE` debe enviarla salvo que la aplicación vaya a responder en menos de 200 ms. Es rara en solicitudes que no son `INVITE`, porque la RFC 4320 la prohíbe sobre UDP hasta que el intervalo de retransmisión del cliente haya crecido hasta T2.
    .handle = Deje de retransmitir y espere la respuesta final; la transacción de cliente está ahora en el estado Proceeding, donde el Timer B ya no se aplica. Un 100 solo demuestra que el primer salto recibió la solicitud y no reinicia el Timer C de un proxy, así que, si una llamada se queda parada después, revise la traza del siguiente salto, no el teléfono.

code-180 =
    .summary = El UA llamado está alertando al usuario; el llamante debería oír el tono de llamada hasta que llegue una respuesta final.
    .description = El UA que recibió el `INVITE` está alertando al usuario, y el llamante puede empezar a generar localmente el tono de llamada (ringback). Con una etiqueta en `To` crea un diálogo temprano; puede llevar SDP para medios tempranos (early media), un `Alert-Info` que indique un tono de llamada alternativo y, si se envía de forma fiable según la RFC 3262, `Require: 100rel` con un `RSeq`.
    .seen = Los teléfonos la envían en cuanto empiezan a sonar, y las pasarelas PSTN, cuando un mensaje ISUP Address Complete indica que el abonado está libre. Cuando un proxy bifurca la llamada, el llamante recibe un 180 por cada dispositivo que suena, cada uno con una etiqueta `To` distinta.
    .handle = Genere el tono de llamada local salvo que el 180 lleve SDP y usted reproduzca el early media, y responda con `PRACK` si contiene `Require: 100rel`. Mantenga un diálogo temprano por cada etiqueta `To`, porque el 200 final puede llegar de cualquiera de ellos.

code-181 =
    .summary = Un servidor está desviando la llamada a otro conjunto de destinos; es solo informativa.
    .description = Un servidor puede enviarla para indicar que la llamada se está desviando a otro conjunto de destinos. No cambia nada en la transacción: el `INVITE` sigue pendiente y la respuesta final llegará desde donde acabe la llamada.
    .seen = Las PBX, los servidores de aplicaciones y los proxies la envían cuando se activa un servicio de desvío (incondicional, si ocupado, si no contesta), mientras el `INVITE` desviado lleva `History-Info` o `Diversion` con el destino original. Las pasarelas también la generan a partir de un mensaje ISUP Call Progress que indica que la llamada se ha desviado.
    .handle = Siga esperando la respuesta final y muestre «llamada desviada» si la interfaz tiene dónde hacerlo. El propio 181 rara vez dice adónde fue la llamada; si necesita saberlo, busque `History-Info` en respuestas posteriores, que la RFC 7044 permite devolver al UAS.

code-182 =
    .summary = El destinatario no está disponible por el momento y el servidor ha puesto la llamada en cola en lugar de rechazarla.
    .description = La parte llamada no está disponible temporalmente, pero el servidor ha optado por poner la llamada en cola en vez de rechazarla, y enviará la respuesta final adecuada cuando el destinatario quede disponible. La frase de motivo puede incluir detalles como la posición en la cola o la espera prevista, y el servidor puede enviar varios 182 para actualizarlos.
    .seen = Colas de centros de llamadas y sistemas ACD que mantienen el `INVITE` sin contestar mientras todos los agentes están ocupados. Muchos sistemas de colas contestan en cambio con 200 y ponen música, así que un 182 real significa que la cola retiene la llamada en la fase de señalización.
    .handle = Mantenga el `INVITE` pendiente y no aplique un temporizador corto de no respuesta; muestre la frase de motivo si es informativa. Cada 182, como cualquier respuesta provisional distinta de 100, reinicia el Timer C en los proxies del camino, así que una cola que la reenvía periódicamente evita que una espera larga expire en ellos.

code-183 =
    .summary = Progreso de la llamada no clasificado de otro modo; en la práctica, el vehículo habitual del SDP para early media.
    .description = Transmite progreso de la llamada que no se clasifica de otro modo, con los detalles en la frase de motivo, en las cabeceras o en el cuerpo. En la práctica es el vehículo habitual del SDP antes de la respuesta: medios tempranos (early media), como el tono de llamada de la red o locuciones, y negociación de precondiciones (RFC 3312), a menudo enviada de forma fiable con `Require: 100rel`.
    .seen = Las pasarelas PSTN y los operadores la envían con SDP cuando el extremo remoto proporciona tonos o locuciones en banda: tono de llamada, «número fuera de servicio», un mensaje de cola. Las redes IMS la envían con `P-Early-Media` para autorizar el early media, y con precondiciones mientras se reservan recursos.
    .handle = Si lleva SDP, establezca el camino de medios y reproduzca el flujo recibido en lugar del tono de llamada local; si contiene `Require: 100rel`, envíe `PRACK`. El silencio o el audio en un solo sentido antes de la respuesta suelen indicar que el RTP anunciado en el SDP está bloqueado por NAT o un cortafuegos, o que el UAC ignora el early media.

code-199 =
    .summary = Un diálogo temprano terminó antes de la respuesta final; libere sus recursos y siga esperando a los demás.
    .description = Definida en la RFC 6228, indica a las entidades aguas arriba que un diálogo temprano ha terminado antes de que se envíe la respuesta final al `INVITE`. Su etiqueta `To` identifica el diálogo temprano terminado; el propio `INVITE` sigue pendiente.
    .seen = Un proxy con bifurcación la envía cuando una rama que ya había creado un diálogo temprano (con un 180 o 183 con etiqueta `To`) termina con una respuesta final que no es 2xx mientras otras ramas siguen pendientes; un UAS que creó varios diálogos tempranos puede enviarla para uno de ellos. Solo se envía si el `INVITE` llevaba `Supported: 199`.
    .handle = Libere lo que pertenezca a ese diálogo temprano, normalmente su flujo de early media y su decodificador, y siga esperando una respuesta final. Un UAC que no entiende 199 la trataría como un 183, y por eso los servidores solo la envían a los UAC que incluyen la etiqueta de opción `199` en `Supported`.

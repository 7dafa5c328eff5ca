# Textos de los códigos de respuesta 2xx (éxito).

code-200 =
    .summary = La solicitud tuvo éxito; en un INVITE establece el diálogo y debe confirmarse con ACK.
    .description = La solicitud ha tenido éxito; lo que lleva la respuesta depende del método. En un `INVITE` establece el diálogo, normalmente lleva la respuesta SDP (o la oferta, si el `INVITE` no llevaba ninguna) y da el destino remoto en `Contact` y el conjunto de rutas en `Record-Route`; en un `REGISTER` enumera todas las asociaciones (bindings) vigentes con su caducidad.
    .seen = El destinatario contesta una llamada, un registrar acepta un `REGISTER` o un servidor acepta `OPTIONS`, `BYE`, `SUBSCRIBE` y demás. Cuando un llamante cuelga mientras suena el teléfono, también se ve un 200 con `CSeq: 1 CANCEL`, que solo confirma que el `CANCEL` llegó; el `INVITE` termina después con 487.
    .handle = En un `INVITE`, envíe el `ACK` de extremo a extremo por el conjunto de rutas; el UAS retransmite el 200 hasta que llega el `ACK` y, si nunca llega, cuelga con `BYE`. Si un `INVITE` bifurcado devuelve varios 200, confirme cada uno y envíe `BYE` en los diálogos que no quiera; en un `REGISTER`, lea el `expires` de su propio `Contact` para programar la renovación.

code-202 =
    .summary = Obsoleta: la solicitud se aceptó, pero aún no se ha procesado; la RFC 6665 sustituyó esta respuesta por un 200 y un NOTIFY inmediato.
    .description = Significaba que la solicitud se había aceptado para un procesamiento que aún no había terminado. La RFC 3265 usaba esta respuesta en `SUBSCRIBE` para una suscripción entendida pero quizá aún no autorizada, y la RFC 3515, en `REFER`; la RFC 6665 la declaró obsoleta: ahora un notificador responde 200 y envía de inmediato un `NOTIFY` cuyo `Subscription-State` (`pending`, `active` o `terminated`) indica el estado real.
    .seen = Servidores antiguos de presencia, de diálogo y de mensajes en espera que responden a `SUBSCRIBE`, la mayoría de las implementaciones de transferencia que responden a `REFER`, y relés de almacenamiento y reenvío, como las pasarelas de SMS sobre IP, que responden a un `MESSAGE` que han aceptado pero aún no han entregado. Nunca indica si la suscripción está autorizada ni si la llamada referida tuvo éxito.
    .handle = Trátela exactamente como un 200: la solicitud tuvo éxito, la suscripción (o la implícita que crea un `REFER`) existe y su estado llega en el `NOTIFY` que sigue; no llegará ninguna otra respuesta final. Si escribe un notificador, debe enviar 200 y después un `NOTIFY` con `Subscription-State: pending` mientras la autorización esté sin decidir.

code-204 =
    .summary = El SUBSCRIBE dentro del diálogo tuvo éxito, pero no sigue ningún NOTIFY: la copia del estado del suscriptor está al día.
    .description = Definida en la RFC 5839 para la notificación condicional de eventos: el `SUBSCRIBE` tuvo éxito, pero no se enviará la notificación que normalmente le seguiría. Solo es válida como respuesta a un `SUBSCRIBE` enviado dentro de un diálogo de suscripción ya establecido.
    .seen = Un suscriptor renueva su suscripción con `Suppress-If-Match` igual a la etiqueta de entidad que recibió en el `SIP-ETag` del último `NOTIFY`, y el estado del recurso no ha cambiado desde entonces. Las suscripciones de presencia y de listas de recursos la usan para evitar un `NOTIFY` completo en cada renovación.
    .handle = Trátela como una renovación correcta: conserve el estado en caché y su etiqueta de entidad, y tome la nueva caducidad de `Expires`. Solo un suscriptor que envía `Suppress-If-Match` puede recibir un 204, así que, si su aplicación espera un `NOTIFY` tras cada renovación, impida que su pila envíe esa cabecera.

# Qué soluciona cada código: una frase por cada identificador `fix` de los registros (content/sip/*.toml, campo `fix`).
# Los códigos comparten identificador solo cuando lo que hace el ingeniero es lo mismo. Texto plano, sin Markdown.

# 100
fix-wait-for-final-response = No hay nada que cambiar: el INVITE se recibió y la transacción sigue abierta, así que deje de retransmitirlo y espere la respuesta final.
# 180
fix-play-ringback-and-wait = Genere el tono de llamada local (o reproduzca el early media si hay SDP), mantenga un diálogo temprano por cada etiqueta To, envíe PRACK si hay Require: 100rel y espere la respuesta final.
# 182
fix-wait-in-queue = Mantenga el INVITE pendiente sin un temporizador corto de no respuesta y muestre el estado de la cola; el UAS envía una nueva respuesta provisional al menos cada minuto.
# 183
fix-render-early-media-and-wait = Si hay SDP, abra el camino de medios y reproduzca el early media recibido en lugar del tono de llamada local (con PRACK si hay Require: 100rel); siga esperando la respuesta final.
# 199
fix-release-early-dialog = Libere el diálogo temprano (y su early media) identificado por la etiqueta To del 199 y siga esperando la respuesta final en las demás ramas.
# 202
fix-accepted-not-yet-done = En un SUBSCRIBE o un REFER, trate el 202 como un 200 y espere el NOTIFY que lleva el estado; en un MESSAGE, significa que el mensaje se aceptó para su entrega, pero aún no se ha entregado.
# 200
fix-request-succeeded = La solicitud tuvo éxito: en un INVITE, envíe ACK de extremo a extremo (y cierre con BYE los diálogos bifurcados que no quiera); en un REGISTER, lea el expires de su Contact para programar la renovación; en un SUBSCRIBE o un REFER, el estado llega en el NOTIFY que sigue.
# 204
fix-keep-cached-state = La renovación tuvo éxito y no llegará ningún NOTIFY: conserve el estado en caché y su etiqueta de entidad, y tome la nueva caducidad de Expires.
# 300
fix-choose-contact-and-retry = Elija una de las URI de Contact (por su valor q o preguntando al usuario) y envíe allí una nueva solicitud, sin repetir las URI ya probadas.
# 301
fix-retry-at-contact-update-address = Reintente en la URI de Contact y sustituya la dirección antigua en agendas, directorios y cachés de localización.
# 302
fix-retry-at-contact-temporarily = Reintente en la URI de Contact; guárdela en caché solo durante el tiempo que indique Expires o el parámetro expires (y no la guarde si no hay ninguno de los dos) y, si falla la URI guardada, reintente una vez la URI original.
# 305
fix-resend-via-proxy-in-contact = Repita esta única solicitud, con el mismo destino, a través del proxy indicado en Contact.
# 380
fix-follow-alternative-service-body = Analice el cuerpo (en el formato que indica Content-Type) y establezca la llamada como se describe en él; si no hay un cuerpo de formato conocido, trátela como una llamada fallida.
# 400
fix-fix-malformed-request = Lea la frase de motivo, compare los bytes capturados en la red con la gramática de la RFC 3261 y corrija el emisor (o el elemento que reescribió el mensaje); reintentar sin cambios vuelve a fallar.
# 401
fix-answer-www-authenticate-challenge = Calcule las credenciales para el desafío de WWW-Authenticate y reenvíe con Authorization, con los mismos Call-ID, From y To y con CSeq + 1; nunca reintente con credenciales que se acaban de rechazar, salvo que el desafío indique stale=true.
# 402
fix-contact-provider-billing = No tiene un significado estándar (la RFC 3261 reserva el 402): trátelo como un rechazo del proveedor por motivos de facturación, revise la cuenta con él y no reintente automáticamente.
# 403
fix-check-permissions-do-not-retry = No repita la solicitud; revise la cuenta, las listas de acceso y los permisos de llamada (las credenciales no servirán de nada).
# 404
fix-check-request-uri-user = Revise la parte de usuario y el dominio de la Request-URI tal como llegaron (normalización, plan de marcación, dominios atendidos); si hay Retry-After, se espera que el usuario vuelva a estar disponible pasado ese tiempo.
# 405
fix-use-allowed-method = Lea Allow y deje de enviar este método a esa URI; use uno de los métodos enumerados o envíe la solicitud al elemento que lo gestiona.
# 406
fix-widen-accept-headers = Amplíe la cabecera Accept de la solicitud para que incluya un tipo que el servidor pueda generar, y reenvíe.
# 407
fix-answer-proxy-authenticate-challenge = Responda a cada realm de Proxy-Authenticate con una cabecera Proxy-Authorization y reenvíe con CSeq + 1; es normal que otro proxy envíe un nuevo 407, pero desista si un realm al que ya respondió vuelve a desafiarle sin stale=true.
# 408
fix-retry-later-check-next-hop = Localice el salto que dejó de responder (transporte, NAT, cortafuegos); la misma solicitud puede repetirse más tarde, y un 408 dentro de un diálogo significa que hay que terminar el diálogo.
# 410
fix-remove-stale-address = Deje de llamar o de enrutar a esta URI y actualice el contacto, el directorio o la entrada de enrutamiento; no hay dirección de reenvío.
# 412
fix-publish-fresh-state = No repita el PUBLISH; descarte la etiqueta de entidad y envíe un PUBLISH inicial, sin SIP-If-Match, con el estado completo.
# 413
fix-shrink-body = Reenvíe sin cuerpo o con uno más pequeño; si hay Retry-After, el límite es temporal y la solicitud puede reintentarse pasado ese tiempo.
# 414
fix-shorten-request-uri = Acorte la Request-URI (saque el estado de los parámetros de la URI, corrija las reglas de reescritura que añaden datos una y otra vez) y reenvíe.
# 415
fix-resend-with-accepted-body-format = Reenvíe usando solo los tipos de cuerpo, las codificaciones y los idiomas que enumeran las cabeceras Accept, Accept-Encoding y Accept-Language de la respuesta.
# 416
fix-use-sip-uri = Reintente con una URI SIP en la Request-URI (por ejemplo, el número tel como parte de usuario con user=phone).
# 417
fix-use-accepted-rp-or-drop-require = Reenvíe con un espacio de nombres y un valor que figuren en Accept-Resource-Priority, o quite resource-priority de Require para que la solicitud se atienda con la prioridad por defecto.
# 420
fix-drop-unsupported-option-tag = Quite de Require y Proxy-Require las etiquetas de opción que enumera Unsupported y reenvíe (inclúyalas en Supported si solo son deseables).
# 421
fix-add-required-option-tag-to-supported = Implemente la extensión indicada en el Require del 421 y reenvíe con esa etiqueta de opción en Supported (o enrute a través de un elemento que la aporte).
# 422
fix-raise-session-expires-to-min-se = Reenvíe con un Session-Expires de al menos el valor de Min-SE del 422 y con una cabecera Min-SE que lleve ese valor.
# 423
fix-raise-expires-to-min-expires = Reenvíe el REGISTER, SUBSCRIBE o PUBLISH con una duración (Expires o el parámetro expires de Contact) de al menos Min-Expires.
# 424
fix-fix-location-conveyance = Corrija el PIDF-LO o sus reglas de uso, o haga que el receptor pueda desreferenciar la URI de ubicación, y reenvíe.
# 425
fix-fix-cap-alert-payload = Repare el documento CAP o su empaquetado MIME en el MESSAGE y reenvíe.
# 428
fix-sign-request-with-identity = Haga que el servicio de autenticación de origen añada una cabecera Identity válida (e impida que los intermediarios la eliminen), y reenvíe.
# 429
fix-referrer-provides-referred-by-token = Comunique el 429 al transferidor (NOTIFY con sipfrag); el transferidor debe enviar un nuevo REFER con un token Referred-By firmado.
# 430
fix-retry-other-flow-of-instance = El proxy autoritativo reintenta por otro flujo registrado de la misma instancia (instance-id) y AOR; si ocurre a menudo, revise los keepalives.
# 433
fix-reveal-identity-with-user-consent = Reintente sin anonimato solo si el usuario (o una política definida por él) acepta revelar su identidad; si no, desista.
# 436
fix-publish-reachable-credential-url = Publique el certificado de firma en una URL accesible públicamente e indíquela en el parámetro info de Identity; después, vuelva a firmar y reenvíe.
# 437
fix-use-trusted-credential = Firme con un certificado cuya cadena llegue a una CA en la que confíe el verificador, con un algoritmo admitido.
# 438
fix-keep-signed-fields-intact = Localice el intermediario que modificó From, To, Date o Identity después de la firma (o vuelva a firmar tras el cambio) para que el PASSporT se verifique.
# 439
fix-register-without-outbound-or-fix-edge = Regístrese sin reg-id (sin outbound) o a través de un proxy de borde que admita outbound y añada Path con ;ob.
# 440
fix-reduce-parallel-forking = Enrute de modo que bifurquen en paralelo menos elementos (o bifurque en serie) y revise la configuración de Max-Breadth en proxies y B2BUA.
# 469
fix-send-only-negotiated-info-package = Envíe INFO solo para los paquetes que figuren en el último Recv-Info del par; para lo demás, use otro mecanismo y mantenga el diálogo.
# 470
fix-obtain-recipient-consent = Haga que el relé obtenga el permiso de las URI que figuran en Permission-Missing (o elimínelas) y reintente.
# 480
fix-check-binding-or-unavailable-treatment = Si lo envió un proxy o un registrar, revise el registro del destinatario (asociación, caducidad, si su Contact es alcanzable a través del NAT); si lo envió el propio terminal, aplique el tratamiento de no disponible (buzón de voz, desvío) y reintente más tarde, pasado Retry-After si lo hay.
# 486
fix-try-later-or-other-device = No reintente ahora con este terminal; pruebe más tarde (pasado Retry-After) o localice al usuario de otra forma (desvío, buzón de voz).
# 481
fix-terminate-stale-dialog = Considere que el diálogo o la transacción ya no existen y libere sus recursos; localice el elemento que alteró el Call-ID, las etiquetas o el conjunto de rutas (route set).
# 482
fix-fix-routing-loop = No reenvíe sin cambios; localice la ruta o la entrada del plan de marcación o de DNS que devuelve la solicitud (el mismo host dos veces en Via) y corríjala.
# 483
fix-trace-max-forwards-exhaustion = Rastree dónde llegó Max-Forwards a cero: rompa el bucle oculto (B2BUA, SBC) o corrija el elemento que fijó un valor inicial bajo.
# 484
fix-complete-dialled-number = Complete el número (dígitos que faltan, código de área o de país, prefijo) o recoja más dígitos (marcación solapada) y envíe un nuevo INVITE.
# 485
fix-choose-unambiguous-contact = Deje que el usuario elija una de las alternativas de Contact (se requiere su intervención) o concrete más la Request-URI.
# 487
fix-none-request-cancelled = No hay nada que corregir: la solicitud terminó por un CANCEL o un BYE; confirme el 487 con ACK y, si el final fue inesperado, averigüe quién envió el CANCEL.
# 488
fix-offer-supported-media = Lea Warning y el cuerpo de capacidades, si lo hay, y vuelva a ofrecer una sesión que el terminal admita (códec común, tipo de medio, perfil RTP/SRTP).
# 489
fix-subscribe-to-supported-event-package = Suscríbase o publique solo en un paquete que el servidor enumere en Allow-Events, o active el paquete en el servidor.
# 491
fix-retry-after-random-backoff = Espere el retardo aleatorio por colisión (glare), de 2,1 a 4 s si el Call-ID es suyo y de 0 a 2 s si no, y reenvíe si el cambio sigue siendo necesario.
# 493
fix-re-encrypt-with-recipient-key = Vuelva a cifrar el cuerpo con la clave pública devuelta en el 493 (o con un certificado actualizado del receptor) y reenvíe.
# 494
fix-negotiate-security-mechanism = Elija un mecanismo de Security-Server, establézcalo y reenvíe con un Security-Verify que reproduzca la lista del servidor.
# 500
fix-retry-after-pause-check-server = Reintente al cabo de unos segundos (o pasado Retry-After), nunca en bucle; si persiste, debe corregirlo el operador del elemento que responde.
# 501
fix-use-method-peer-supports = No reenvíe este método a este par; recurra a un método que admita (véase Allow u OPTIONS) o desactive la funcionalidad.
# 502
fix-fail-over-to-other-route = Conmute a otra ruta, otro troncal u otra pasarela; el operador del elemento que envió el 502 revisa la respuesta no válida que recibió de aguas abajo.
# 503
fix-fail-over-honour-retry-after = Envíe la solicitud a un servidor alternativo y no envíe nada más a este durante el periodo de Retry-After.
# 504
fix-retry-other-route-check-upstream-timeout = Reintente más tarde o por otra ruta; el operador revisa qué servidor externo agotó el tiempo de espera y cómo están configurados sus temporizadores.
# 505
fix-send-sip-2-0 = Envíe la solicitud con SIP/2.0 en la línea de solicitud; localice el elemento que la reescribió.
# 513
fix-shrink-message-or-use-tcp = Reduzca el mensaje o envíelo por TCP o TLS; si el tamaño es legítimo, aumente el máximo que admite el receptor.
# 555
fix-register-with-supported-pns = Regístrese con un pn-provider que admita la red (lo anuncia con +sip.pns en Feature-Caps) o sin parámetros pn-*.
# 580
fix-check-resource-reservation-path = Dé por fallido el establecimiento de la llamada; localice el flujo de medios cuya reserva de recursos falló y corrija la QoS o el camino portador, u ofrezca las precondiciones como opcionales.
# 600
fix-stop-search-call-back-later = Ponga fin a la búsqueda de este usuario (sin probar otros contactos, buzón de voz ni desvío); vuelva a llamar solo más tarde, pasado Retry-After si lo hay.
# 604
fix-check-dialled-address = Revise el número o la URI; si son correctos, hay que corregir los datos del elemento con autoridad (enrutamiento, portabilidad, datos de abonado).
# 607
fix-stop-calling-unwanted = Deje de llamar a este número con esta identidad; contacte con el usuario por otro canal.
# 608
fix-contest-block-via-jwscard = No reintente ni cambie de ruta; impugne el bloqueo a través del contacto que figura en el jwscard de Call-Info.

# Textos de los códigos de respuesta 3xx (redirección).

code-300 =
    .summary = La dirección se resolvió en varias ubicaciones listadas en Contact; el llamante o su UA elige una y reintenta allí.
    .description = La Request-URI se resolvió en varias opciones, cada una con su propia ubicación, y el usuario o el UA puede elegir una y redirigir la solicitud a ella. Las opciones deberían figurar como cabeceras `Contact`, opcionalmente ordenadas con valores `q`, y un cuerpo puede describirlas.
    .seen = Los servidores de redirección que consultan un servicio de localización la devuelven cuando una AOR (address-of-record) tiene varios contactos registrados y el servidor deja la elección al llamante en lugar de bifurcar él mismo la llamada. Es poco común en el tráfico de operador, donde los proxies bifurcan o eligen un único destino.
    .handle = Pruebe las URI de `Contact` en orden descendente de `q`, u ofrézcalas al usuario, enviando una nueva solicitud a cada una y saltándose las URI ya probadas para evitar bucles de redirección. Un proxy que la recibe puede seguir él mismo recursivamente los contactos en lugar de pasarla aguas arriba.

code-301 =
    .summary = El usuario se trasladó definitivamente a la dirección de Contact; reintente allí y actualice las direcciones guardadas.
    .description = El usuario ya no se encuentra en la Request-URI, y el cliente debería reintentar en la dirección de la cabecera `Contact`. Como el traslado es permanente, el solicitante también debería actualizar agendas, directorios y cachés de localización para que las solicitudes futuras vayan a la nueva dirección.
    .seen = Rara en el tráfico real: un servidor de redirección o una PBX que anuncia que una dirección o un número se ha migrado a un nuevo dominio o plataforma. La mayoría de los servicios de desvío y de enrutamiento envían 302 incluso para traslados a largo plazo.
    .handle = Envíe una nueva solicitud a la URI de `Contact` y, si mantiene listas de contactos o tablas de enrutamiento, sustituya allí la URI antigua. Si falta `Contact` o apunta a una URI que ya probó, trate la respuesta como un fallo en lugar de entrar en un bucle.

code-302 =
    .summary = El destino está accesible temporalmente en la dirección de Contact; reintente allí, pero siga usando la URI original.
    .description = El cliente debería reintentar la solicitud en la dirección o direcciones de `Contact`, usando la URI de `Contact` como nueva Request-URI. La nueva dirección es válida durante el tiempo indicado en `Expires` o en el parámetro `expires` del contacto y puede guardarse en caché durante ese tiempo; sin caducidad, solo vale para este reintento y no debe guardarse en caché.
    .seen = Servidores de redirección y motores de enrutamiento que responden a cada `INVITE` con la ruta elegida en lugar de hacer de proxy (enrutamiento de menor coste, consultas de portabilidad numérica), y funciones de desvío de llamadas que las PBX y las plataformas alojadas implementan como redirección.
    .handle = Envíe un nuevo `INVITE` a la URI de `Contact`, probando varios contactos en orden de `q` y llevando una lista de las URI probadas para evitar bucles; si una URI en caché falla más adelante, puede volver a probarse una vez la Request-URI original. Algunos troncales y PBX no siguen las respuestas 3xx salvo que se configuren para ello, y hacen fallar la llamada con el propio 302; active el tratamiento de redirecciones o haga que el servidor de redirección actúe de proxy para la llamada.

code-305 =
    .summary = El recurso debe alcanzarse a través del proxy indicado en Contact; reenvíe esta única solicitud por ese proxy.
    .description = Al recurso solicitado debe accederse a través del proxy indicado en la cabecera `Contact`, y se espera que el receptor repita esta única solicitud a través de ese proxy. Solo un UAS puede enviarla; el destino sigue siendo el mismo y solo cambia el siguiente salto.
    .seen = Rara: un UAS que solo acepta solicitudes cuando llegan a través de un proxy o SBC concreto, y que responde así a un cliente que lo alcanzó directamente por dirección IP.
    .handle = Reenvíe la misma solicitud, con la misma Request-URI, a través del proxy de `Contact`, añadiéndolo como entrada `Route`, solo para esta solicitud. Como desvía su señalización a través de un tercero, hágale caso solo si procede de pares de confianza; muchas pilas ignoran el 305 y hacen fallar la solicitud.

code-380 =
    .summary = La llamada falló, pero hay servicios alternativos posibles; el cuerpo de la respuesta los describe.
    .description = La llamada no tuvo éxito, pero hay servicios alternativos posibles, descritos en el cuerpo de la respuesta en un formato que la RFC 3261 deja a otras especificaciones. Indica al llamante que realice la llamada de otra forma, no simplemente que llame a otra dirección.
    .seen = Sobre todo en llamadas de emergencia IMS: un P-CSCF que reconoce un número de emergencia marcado por un UE sin registro de emergencia responde 380 con un cuerpo `application/3gpp-ims+xml` cuyo elemento `alternative-service` indica que la llamada debe realizarse como llamada de emergencia, tras un registro de emergencia.
    .handle = Analice el cuerpo, cuyo `Content-Type` indica el formato, y haga lo que indique: un UE IMS realiza un registro de emergencia y reintenta como sesión de emergencia. Si falta el cuerpo o está en un formato que no conoce, trate la respuesta como cualquier otra llamada fallida y no repita la misma solicitud.

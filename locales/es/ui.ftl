# Cadenas de la interfaz y patrones de frase del sitio en español (traducido del inglés, la configuración regional de referencia).
# Variables: $a y $b son dos códigos (números), $reason-a/$reason-b sus frases de motivo,
# $class-a/$class-b el dígito de clase (1–6), $next-a/$next-b y $forking-a/$forking-b los
# valores de registro de `next` y `forking` (véase docs/CONTENT.md).

## El idioma en sí

# El nombre de este idioma, escrito en este idioma (se muestra en el selector de idioma).
locale-name = Español
# Locale de Open Graph de este idioma (idioma_TERRITORIO), para las vistas previas de enlaces.
og-locale = es_ES

## Todo el sitio

site-name = Códigos de respuesta SIP
skip-link = Saltar al contenido
nav-home = Todos los códigos
breadcrumb-label = Ruta de navegación
language-label = Idioma
footer-facts = Los datos citan la RFC y la sección que los definen. Las frases de motivo se muestran exactamente como están registradas en IANA.
fallback-note = Partes de esta página aún no están traducidas y se muestran en inglés.

## Selector de idioma en la raíz del sitio

chooser-title = Códigos de respuesta SIP — elija un idioma
chooser-description = Una referencia de todos los códigos de respuesta SIP y de en qué se diferencia cada uno de los demás, en varios idiomas.

## Página de inicio del idioma

home-title = Códigos de respuesta SIP: significado y comparaciones
home-description = Qué significa cada uno de los { $count } códigos de respuesta SIP registrados y en qué se diferencian dos cualesquiera: comparaciones en paralelo con flujos de llamada.
home-heading = Códigos de respuesta SIP
home-intro = Todos los códigos de respuesta del registro de IANA, de 100 Trying a 608 Rejected. Abra un código para ver su significado y su flujo de llamada, o compare dos cualesquiera para ver qué los distingue y qué hacer.
picker-heading = Comparar dos códigos
picker-first = Primer código
picker-second = Segundo código
picker-submit = Comparar
picker-same = Elija dos códigos distintos.
filter-label = Filtrar la lista
filter-placeholder = Código o palabras
filter-empty = Ningún código coincide con el filtro.

## Clases

# La clase de una respuesta, según su primer dígito.
class-name = { $class ->
    [1] Provisional
    [2] Éxito
    [3] Redirección
    [4] Error del cliente
    [5] Error del servidor
   *[6] Fallo global
}

## Página de un código

code-title = SIP { $code } { $reason }: significado, flujo de llamada y cómo tratarlo
code-heading = SIP { $code } { $reason }
section-description = Qué significa
section-seen = Cuándo aparece
section-handle = Cómo tratarlo
section-facts = Datos
section-flow = Flujo de llamada
compare-with-heading = Comparar { $code } con otro código
compare-most-confused = Los que más se confunden con { $code }
compare-all-others = Todos los demás códigos
badge-deprecated = Obsoleto

## Página de comparación

compare-title = SIP { $a } { $reason-a } vs. { $b } { $reason-b }
compare-heading = SIP { $a } { $reason-a } vs. { $b } { $reason-b }
compare-description = SIP { $a } { $reason-a } vs. { $b } { $reason-b }: la diferencia, los datos en paralelo, cuándo aparece cada uno y qué hacer.
compare-breadcrumb = { $a } vs. { $b }
compare-lede = { $same-class ->
    [yes] { $a } { $reason-a } y { $b } { $reason-b } son ambas respuestas { $class-a ->
        [1] provisionales (1xx)
        [2] de éxito (2xx)
        [3] de redirección (3xx)
        [4] de error del cliente (4xx)
        [5] de error del servidor (5xx)
       *[6] de fallo global (6xx)
    }{ $same-next ->
        [yes] , y el cliente reacciona igual ante ambas
       *[no] , pero piden al cliente cosas distintas
    }.
   *[no] { $a } { $reason-a } es una respuesta { $class-a ->
        [1] provisional (1xx)
        [2] de éxito (2xx)
        [3] de redirección (3xx)
        [4] de error del cliente (4xx)
        [5] de error del servidor (5xx)
       *[6] de fallo global (6xx)
    }, mientras que { $b } { $reason-b } es una respuesta { $class-b ->
        [1] provisional (1xx)
        [2] de éxito (2xx)
        [3] de redirección (3xx)
        [4] de error del cliente (4xx)
        [5] de error del servidor (5xx)
       *[6] de fallo global (6xx)
    }.
}
section-differences = Diferencias clave
section-side-by-side = En paralelo
section-what-to-do = Qué hacer
section-note = Por qué se confunden
section-related = Comparaciones relacionadas
section-code-prose = { $code } { $reason }
link-code-page = Todo sobre { $code } { $reason }
pair-link = { $a } vs. { $b }

## Lo que hace el cliente a continuación, como frase sobre un código

next-step = { $next ->
    [wait] Tras { $code }, el cliente sigue esperando: la transacción sigue abierta y todavía ha de llegar una respuesta final.
    [done] Tras { $code }, la solicitud ha tenido éxito; en un INVITE, el llamante lo confirma con ACK y la sesión queda establecida.
    [redirect] Tras { $code }, el cliente vuelve a enviar la solicitud a la dirección o direcciones de la cabecera Contact.
    [authenticate] Tras { $code }, el cliente vuelve a enviar la solicitud con credenciales que responden al desafío.
    [modify] Tras { $code }, el cliente tiene que modificar la solicitud según indica la respuesta antes de volver a enviarla.
    [retry-later] Tras { $code }, el cliente puede volver a enviar la misma solicitud más tarde, una vez transcurrido el tiempo de Retry-After si lo hay.
    [retry-elsewhere] Tras { $code }, el cliente debería probar otro servidor u otra ruta en lugar de repetir aquí la solicitud.
    [give-up] Tras { $code }, el cliente no debería volver a enviar esta solicitud a este destino.
   *[none] Tras { $code }, no hay nada que hacer: la solicitud terminó como una de las partes pretendía.
}

## Diferencias clave, derivadas de los registros

diff-class = { $a } pertenece a la clase { $class-a ->
        [1] provisional (1xx)
        [2] de éxito (2xx)
        [3] de redirección (3xx)
        [4] de error del cliente (4xx)
        [5] de error del servidor (5xx)
       *[6] de fallo global (6xx)
    } y { $b }, a la clase { $class-b ->
        [1] provisional (1xx)
        [2] de éxito (2xx)
        [3] de redirección (3xx)
        [4] de error del cliente (4xx)
        [5] de error del servidor (5xx)
       *[6] de fallo global (6xx)
    }.
diff-final = { $provisional } es provisional: la transacción sigue abierta y llegarán más respuestas. { $final } es final y cierra la transacción.
diff-next = El siguiente paso del cliente es distinto: tras { $a } debe { $next-a ->
        [wait] esperar la respuesta final
        [done] continuar, porque la solicitud tuvo éxito
        [redirect] reintentar en la dirección de Contact
        [authenticate] reintentar con credenciales
        [modify] modificar la solicitud y reintentar
        [retry-later] reintentar más tarde
        [retry-elsewhere] probar otro servidor
        [give-up] desistir de este destino
       *[none] no hacer nada más
    }; tras { $b } debe { $next-b ->
        [wait] esperar la respuesta final
        [done] continuar, porque la solicitud tuvo éxito
        [redirect] reintentar en la dirección de Contact
        [authenticate] reintentar con credenciales
        [modify] modificar la solicitud y reintentar
        [retry-later] reintentar más tarde
        [retry-elsewhere] probar otro servidor
        [give-up] desistir de este destino
       *[none] no hacer nada más
    }.
diff-retry-after = { $with } puede llevar Retry-After, que indica al cliente cuándo tiene sentido un nuevo intento; { $without } no tiene ese temporizador.
diff-forking = En un proxy con bifurcación (forking), { $a } { $forking-a ->
        [hop-by-hop] se detiene en el primer salto y nunca se reenvía
        [forwarded] se reenvía aguas arriba de inmediato
        [cancels-others] se reenvía aguas arriba de inmediato y se cancelan las demás ramas
        [redirect] se guarda como candidato, o el proxy sigue recursivamente sus direcciones de Contact
        [best-response] se retiene hasta que responden todas las ramas y luego compite por ser la mejor respuesta
        [merged-challenge] se fusiona con los desafíos de las demás ramas en una sola respuesta
        [not-forwarded] no se reenvía aguas arriba tal cual; el proxy responde 500 en su lugar
       *[global] pone fin a la búsqueda: se cancelan las demás ramas y se reenvía
    }, mientras que { $b } { $forking-b ->
        [hop-by-hop] se detiene en el primer salto y nunca se reenvía
        [forwarded] se reenvía aguas arriba de inmediato
        [cancels-others] se reenvía aguas arriba de inmediato y se cancelan las demás ramas
        [redirect] se guarda como candidato, o el proxy sigue recursivamente sus direcciones de Contact
        [best-response] se retiene hasta que responden todas las ramas y luego compite por ser la mejor respuesta
        [merged-challenge] se fusiona con los desafíos de las demás ramas en una sola respuesta
        [not-forwarded] no se reenvía aguas arriba tal cual; el proxy responde 500 en su lugar
       *[global] pone fin a la búsqueda: se cancelan las demás ramas y se reenvía
    }.
diff-headers = Las cabeceras que hay que revisar son distintas: { $a } { $count-a ->
        [0] no lleva ninguna cabecera propia
       *[other] lleva { $headers-a }
    }, y { $b } { $count-b ->
        [0] no lleva ninguna cabecera propia
       *[other] lleva { $headers-b }
    }.
diff-requests = Responden a solicitudes distintas: { $a } responde a { $requests-a }, y { $b }, a { $requests-b }.
diff-senders = Proceden de sitios distintos: { $a } lo envía normalmente { $senders-a }, y { $b }, { $senders-b }.
diff-deprecated = La RFC { $rfc } declara obsoleto { $code }; las implementaciones nuevas no deberían enviarlo.
diff-none = Los datos registrados de { $a } y { $b } coinciden; lo que los distingue es su significado, descrito a continuación.

## Tabla de datos

fact-class = Clase
fact-kind = Tipo
kind = { $final ->
    [yes] Final
   *[no] Provisional
}
fact-defined = Definido en
fact-defined-value = RFC { $rfc }, sección { $section }
fact-status = Estado
status-current = En uso
status-deprecated = Declarado obsoleto por la RFC { $rfc }
fact-senders = Lo envía normalmente
fact-requests = Responde a
fact-headers = Cabeceras relevantes
fact-next = Siguiente paso del cliente
fact-forking = En un proxy con bifurcación
fact-confused = Se confunde a menudo con
requests-any = cualquier solicitud
headers-none = ninguna en particular
list-separator = ,{" "}
sender = { $sender ->
    [uas] el UAS
    [proxy] un proxy
    [registrar] el registrar
    [redirect] un servidor de redirección
   *[gateway] una pasarela
}
next = { $next ->
    [wait] Esperar la respuesta final
    [done] Hecho: la solicitud tuvo éxito
    [redirect] Reintentar en la dirección de Contact
    [authenticate] Reintentar con credenciales
    [modify] Modificar la solicitud y reintentar
    [retry-later] Reintentar más tarde
    [retry-elsewhere] Probar otro servidor
    [give-up] Desistir de este destino
   *[none] Nada: la solicitud terminó como se pretendía
}
forking = { $forking ->
    [hop-by-hop] No se reenvía (salto a salto)
    [forwarded] Se reenvía de inmediato
    [cancels-others] Se reenvía de inmediato; se cancelan las demás ramas
    [redirect] Se guarda como candidato, o el proxy hace recursión
    [best-response] Se retiene hasta que responden todas las ramas; gana la mejor respuesta
    [merged-challenge] Se fusionan los desafíos de todas las ramas
    [not-forwarded] No se reenvía; el proxy envía 500 en su lugar
   *[global] Pone fin a la búsqueda; se cancelan las demás ramas
}

## Diagrama del flujo de llamada

role = { $role ->
    [uac] Llamante (UAC)
    [proxy] Proxy
    [proxy2] Proxy 2
    [uas] Destinatario (UAS)
    [uas2] Destinatario 2 (UAS)
    [registrar] Registrar
   *[redirect] Servidor de redirección
}
flow-caption = Flujo de llamada en torno a { $code } { $reason }
flow-step = De { $from } a { $to }: { $message }

## Página no encontrada

notfound-title = Página no encontrada
notfound-heading = Esta página no existe
notfound-body = Puede que la dirección esté mal escrita o que la página se haya movido. Todos los códigos y todas las comparaciones están accesibles desde la lista de todos los códigos.

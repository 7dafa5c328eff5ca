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
# Enlace bajo la lista a los datos abiertos del idioma: todos los códigos en un documento JSON (docs/DATA.md).
data-link = Todos los códigos en JSON (datos abiertos)

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
compare-description = SIP { $a } { $reason-a } vs. { $b } { $reason-b }: la diferencia, los datos en paralelo, los dos flujos de llamada y qué hacer.
compare-breadcrumb = { $a } vs. { $b }
section-differences = Diferencias clave
section-side-by-side = En paralelo
section-what-to-do = Qué hacer
section-related = Comparaciones relacionadas
link-how-to-handle = Cómo tratarlo, en detalle
pair-link = { $a } vs. { $b }

## Lo que hace el cliente a continuación, como frase sobre un código

next-step = { $next ->
    [wait] Tras un { $code }, el cliente sigue esperando: la transacción continúa abierta y todavía ha de llegar una respuesta final.
    [done] Tras un { $code }, la solicitud ha tenido éxito.
    [redirect] Tras un { $code }, el cliente vuelve a enviar la solicitud a la dirección o direcciones de la cabecera Contact.
    [authenticate] Tras un { $code }, el cliente vuelve a enviar la solicitud con credenciales que responden al desafío.
    [modify] Tras un { $code }, el cliente tiene que modificar la solicitud según indica la respuesta antes de volver a enviarla.
    [retry-later] Tras un { $code }, el cliente puede volver a enviar la misma solicitud más tarde.
    [retry-elsewhere] Tras un { $code }, el cliente debería probar otro servidor u otra ruta en lugar de repetir aquí la solicitud.
    [give-up] Tras un { $code }, el cliente no debería reintentar esta solicitud automáticamente.
   *[none] Tras un { $code }, no hay nada que hacer: la solicitud terminó como una de las partes pretendía.
}

## Diferencias clave, derivadas de los registros

diff-class = El { $a } pertenece a la clase { $class-a ->
        [1] provisional (1xx)
        [2] de éxito (2xx)
        [3] de redirección (3xx)
        [4] de error del cliente (4xx)
        [5] de error del servidor (5xx)
       *[6] de fallo global (6xx)
    } y el { $b }, a la clase { $class-b ->
        [1] provisional (1xx)
        [2] de éxito (2xx)
        [3] de redirección (3xx)
        [4] de error del cliente (4xx)
        [5] de error del servidor (5xx)
       *[6] de fallo global (6xx)
    }.
diff-final = El { $provisional } es provisional: la transacción sigue abierta y llegarán más respuestas. El { $final } es final y cierra la transacción.
diff-retry-after = El { $with } puede llevar Retry-After, que indica cuándo el servidor o el destinatario espera volver a estar disponible; para el { $without } no se define Retry-After.
diff-forking = En un proxy con bifurcación, el { $a } { $forking-a ->
        [hop-by-hop] se queda en el primer salto y nunca se reenvía
        [forwarded] se reenvía aguas arriba de inmediato
        [cancels-others] se reenvía aguas arriba de inmediato y se cancelan las demás ramas
        [redirect] se guarda como candidato, o el proxy hace recursión sobre las direcciones de su Contact
        [best-response] se retiene hasta que han respondido todas las ramas y luego compite por ser la mejor respuesta
        [merged-challenge] se fusiona con los desafíos de las demás ramas en una sola respuesta
        [not-forwarded] no se reenvía aguas arriba tal cual, sino que el proxy responde 500 en su lugar
       *[global] pone fin a la búsqueda (se cancelan las ramas pendientes y no se inician otras nuevas)
    }, mientras que el { $b } { $forking-b ->
        [hop-by-hop] se queda en el primer salto y nunca se reenvía
        [forwarded] se reenvía aguas arriba de inmediato
        [cancels-others] se reenvía aguas arriba de inmediato y se cancelan las demás ramas
        [redirect] se guarda como candidato, o el proxy hace recursión sobre las direcciones de su Contact
        [best-response] se retiene hasta que han respondido todas las ramas y luego compite por ser la mejor respuesta
        [merged-challenge] se fusiona con los desafíos de las demás ramas en una sola respuesta
        [not-forwarded] no se reenvía aguas arriba tal cual, sino que el proxy responde 500 en su lugar
       *[global] pone fin a la búsqueda (se cancelan las ramas pendientes y no se inician otras nuevas)
    }.
diff-requests = Responden a solicitudes distintas: el { $a } responde a { $requests-a }; el { $b }, a { $requests-b }.
diff-senders = Ningún elemento envía los dos: el { $a } lo envía { $senders-a }; el { $b }, { $senders-b }.
diff-deprecated = La RFC { $rfc } declara obsoleto el { $code }; las implementaciones nuevas no deberían enviarlo.
diff-none = Los datos registrados del { $a } y del { $b } coinciden; lo que los distingue es su significado, descrito a continuación.
diff-problem = Apuntan a cosas distintas: el { $a } { $problem-a ->
        [none] no indica ningún problema
        [request] apunta a la propia solicitud
        [auth] apunta a las credenciales
        [policy] apunta a una política del servidor o de su operador
        [callee] apunta al estado o la decisión del destinatario
        [routing] apunta a la dirección o a la ruta hacia el destino
        [media] apunta a la descripción de sesión
        [server] apunta al servidor que respondió
       *[network] apunta más allá del servidor que respondió
    }, mientras que el { $b } { $problem-b ->
        [none] no indica ningún problema
        [request] apunta a la propia solicitud
        [auth] apunta a las credenciales
        [policy] apunta a una política del servidor o de su operador
        [callee] apunta al estado o la decisión del destinatario
        [routing] apunta a la dirección o a la ruta hacia el destino
        [media] apunta a la descripción de sesión
        [server] apunta al servidor que respondió
       *[network] apunta más allá del servidor que respondió
    }.
diff-reached = El { $a } { $reached-a ->
        [alerted] indica que el dispositivo del destinatario sonó
        [reached] indica que se llegó al dispositivo del destinatario, pero no sonó
       *[not-reached] indica que nunca se llegó al dispositivo del destinatario
    }, mientras que el { $b } { $reached-b ->
        [alerted] indica que sí sonó
        [reached] indica que se llegó a él, pero no sonó
       *[not-reached] indica que nunca se llegó a él
    }.
diff-fixer = La solución está en manos distintas: con un { $a }, { $fixer-a ->
        [none] no hay nada que solucionar
        [client] lo soluciona el propio agente de usuario llamante, modificando la solicitud y reenviándola
        [caller] depende del llamante o de la configuración del lado llamante
        [callee] solo el destinatario puede cambiar la situación
       *[operator] tiene que intervenir el operador del elemento que respondió o de la red que hay detrás
    }; con un { $b }, { $fixer-b ->
        [none] no hay nada que solucionar
        [client] lo soluciona el propio agente de usuario llamante, modificando la solicitud y reenviándola
        [caller] depende del llamante o de la configuración del lado llamante
        [callee] solo el destinatario puede cambiar la situación
       *[operator] tiene que intervenir el operador del elemento que respondió o de la red que hay detrás
    }.
diff-isup = Una pasarela hacia la PSTN libera la llamada con una causa ISUP distinta: { $cause-a } para el { $a } y { $cause-b } para el { $b } (RFC 3398 §8.2.6.1).
diff-carries = Las respuestas llevan cabeceras distintas: el { $a } { $count-a ->
        [0] no lleva ninguna en particular
       *[other] lleva { $headers-a }
    }, mientras que el { $b } { $count-b ->
        [0] no lleva ninguna en particular
       *[other] lleva { $headers-b }
    }.
diff-triggers = Se refieren a cabeceras distintas de la solicitud: el { $a } { $count-a ->
        [0] no se refiere a ninguna en particular
       *[other] se refiere a { $headers-a }
    }; el { $b }, { $count-b ->
        [0] a ninguna en particular
       *[other] a { $headers-b }
    }.

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
fact-carries = Cabeceras que lleva
fact-triggers = Cabeceras de la solicitud implicadas
fact-retry-after = Retry-After
retry-after-allowed = { $allowed ->
    [yes] Puede acompañarlo
   *[no] No se usa con él
}
fact-problem = Dónde está el problema
problem = { $problem ->
    [none] Ninguno: nada ha fallado
    [request] En la propia solicitud
    [auth] En las credenciales
    [policy] En una política del servidor o del operador
    [callee] En el estado o la decisión del destinatario
    [routing] En la dirección o la ruta
    [media] En la descripción de sesión
    [server] En el servidor que responde
   *[network] Más allá del servidor que responde
}
fact-fixer = Quién lo soluciona
fixer = { $fixer ->
    [none] Nadie: no hay nada que solucionar
    [client] El agente de usuario llamante, reenviando la solicitud
    [caller] El llamante o la configuración del lado llamante
    [callee] Solo el destinatario
   *[operator] El operador del elemento que responde o de la red
}
fact-reached = Dispositivo del destinatario
reached = { $reached ->
    [alerted] Se llegó a él y sonó
    [reached] Se llegó a él, pero no sonó
    [not-reached] Nunca se llegó a él
    [not-applicable] No aplicable: no se está estableciendo ninguna llamada
   *[varies] Depende del elemento que respondió
}
fact-isup-to = Causa ISUP enviada a la PSTN (RFC 3398 §8.2.6.1)
fact-isup-from = Causas ISUP asignadas a este código (RFC 3398 §7.2.4.1)
isup-none = Sin correspondencia
isup-cause = { $cause } ({ $cause ->
    [1] Número no asignado
    [2] No hay ruta hacia la red de tránsito especificada
    [3] No hay ruta hacia el destino
    [17] Usuario ocupado
    [18] Ningún usuario responde
    [19] Sin respuesta del usuario, usuario alertado
    [20] Abonado ausente
    [21] Llamada rechazada
    [22] Número cambiado
    [23] Redirección a un nuevo destino
    [25] Error de enrutamiento en la central
    [26] Liberación de usuario no seleccionado
    [27] Destino fuera de servicio
    [28] Formato de número no válido, dirección incompleta
    [29] Facilidad rechazada
    [31] Normal, sin especificar
    [34] No hay circuito/canal disponible
    [38] Red fuera de servicio
    [41] Fallo temporal
    [42] Congestión del equipo de conmutación
    [47] Recurso no disponible, sin especificar
    [55] Llamadas entrantes prohibidas dentro del grupo cerrado de usuarios
    [57] Capacidad portadora no autorizada
    [58] Capacidad portadora no disponible actualmente
    [63] Servicio u opción no disponible, sin especificar
    [65] Capacidad portadora no implementada
    [70] Solo está disponible la capacidad portadora de información digital restringida
    [79] Servicio u opción no implementado, sin especificar
    [87] Usuario no miembro del grupo cerrado de usuarios
    [88] Destino incompatible
    [102] Recuperación al expirar el temporizador
    [111] Error de protocolo, sin especificar
   *[127] Interfuncionamiento, sin especificar
})
todo-same-fix = Con un { $a } y con un { $b } hay que hacer lo mismo. { $fix }
fact-senders = Lo envía normalmente
fact-requests = Responde a
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

flow-caption = Flujo de llamada en torno a { $code } { $reason }
flow-step = De { $from } a { $to }: { $message }

## Página no encontrada

notfound-title = Página no encontrada
notfound-heading = Esta página no existe
notfound-body = Puede que la dirección esté mal escrita o que la página se haya movido. Todos los códigos y todas las comparaciones están accesibles desde la lista de todos los códigos.

# Navegación: las páginas índice, los enlaces a cada clase de la página de inicio, la
# búsqueda y las sugerencias de la página de error 404, el enlace a cada índice del selector
# de idioma.

## Índice de códigos (/<lang>/sip/)

nav-codes-title = Códigos de respuesta SIP por clase: de 1xx a 6xx
nav-codes-heading = Códigos de respuesta SIP por clase
nav-codes-description = Todos los códigos de respuesta SIP registrados, agrupados por clase, desde las respuestas provisionales 1xx hasta los fallos globales 6xx, cada uno con un resumen de una línea.
nav-codes-crumb = Códigos por clase
nav-jump-label = Ir a una clase

## Índice de comparaciones (/<lang>/compare/sip/)

nav-pairs-title = Comparaciones de códigos de respuesta SIP
nav-pairs-heading = Comparaciones de códigos de respuesta SIP
nav-pairs-description = Los pares de códigos de respuesta SIP que más se confunden y cómo abrir la comparación en paralelo de dos códigos cualesquiera.
nav-pairs-crumb = Comparaciones
nav-pairs-confused = Los pares que más se confunden
nav-pairs-any-heading = Cualquier otro par
nav-pairs-any = La página de cada código enlaza a su comparación con cada uno de los demás: abra el primer código en la lista de abajo y elija después el segundo.
nav-pairs-picker = O elija los dos códigos a la vez en la página de inicio

## Página no encontrada

nav-notfound-suggest = Páginas que coinciden con esta dirección
nav-notfound-lookup = Buscar un código
# La búsqueda solo recorre números y frases de motivo (en inglés, literales), no el texto en español.
nav-notfound-lookup-placeholder = Número o frase de motivo (486, busy)
nav-notfound-none = Ningún código coincide.
nav-notfound-elsewhere = Explorar el sitio

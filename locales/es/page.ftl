# Textos de la interfaz para los datos clave de la página de un código, los enlaces
# permanentes de los encabezados y la imagen que se muestra al compartir una página
# (static/og-<lang>.png, generada por scripts/og-images.sh).

## Datos clave bajo la entradilla de la página de un código

# La fila que indica el registro en el que está inscrito cada código.
fact-registry = Registro
# Texto del enlace a la tabla de IANA con los códigos de respuesta SIP.
registry-link = IANA, códigos de respuesta SIP

## Enlaces permanentes de los encabezados

# Nombre accesible del enlace «#» junto a cada encabezado de sección.
permalink-label = Enlace a esta sección

## Imagen que se muestra al compartir una página (scripts/og-images.sh la genera a partir de og-image-text)

# La línea bajo el nombre del sitio en la imagen.
og-image-text = Qué significa cada código y en qué se diferencian dos cualesquiera
# Describe la imagen a quien no puede verla.
og-image-alt = Códigos de respuesta SIP: qué significa cada código y en qué se diferencian dos cualesquiera

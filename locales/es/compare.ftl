# Páginas de comparación: los títulos y etiquetas que solo necesita la comparación de dos códigos.

# La sección con el flujo de llamada de cada uno de los dos códigos, uno junto al otro.
compare-flows-heading = Flujos de llamada
# El resto de la nota escrita a mano sobre el par, tras su primera frase (que abre la página).
compare-note-heading = En la práctica
# La parte plegada de la tabla comparativa: los datos que coinciden en los dos códigos.
# $count: cuántos datos.
compare-same-for-both = Comunes a ambos ({ $count })

## La página de un código: su respuesta de ejemplo. La traza en sí es texto del protocolo y
## no se traduce; solo su título y su leyenda.

example-heading = Respuesta de ejemplo
# $code: el código de respuesta (486); $method: la solicitud a la que responde (INVITE), literal
example-caption = Ilustración: una respuesta { $code } a un { $method }, tal como la recibe el cliente que envió la solicitud, con nombres de dominio de example.com y direcciones IP reservadas para documentación.

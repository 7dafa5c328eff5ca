## A code's page: its example response. The trace itself is protocol text and is never
## translated; only its heading and caption are.

example-heading = Example response
# $code: the response code (486); $method: the request it answers (INVITE), a literal
example-caption = Illustration: a { $code } response to { $method } as the client that sent the request receives it, with example.com names and IP addresses reserved for documentation.

// Swagger UI over the served contract; "Authorize" takes a bearer token from /oauth2/token.
window.ui = SwaggerUIBundle({ url: '/openapi.yaml', dom_id: '#explorer', deepLinking: true });

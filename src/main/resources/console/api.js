// The API explorer for integrators: Swagger UI reading the service's own /openapi.json. "Authorize"
// takes an API key; the key stays in this page and is sent only to this service.
window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, persistAuthorization: false });

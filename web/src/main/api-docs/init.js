// Swagger UI over the server's OpenAPI document. A file of its own: the CSP refuses inline scripts.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: new URL('/openapi?format=JSON', window.location.href).toString(),
        dom_id: '#swagger-ui',
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout'
    });
});

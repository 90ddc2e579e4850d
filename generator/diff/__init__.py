"""`sdkgen diff`: what changed between two versions of the API, for SDK users.

- rules: the rules table (its docstring documents what is compared and how) and `classify`;
- result: `Change`, `DiffResult` and the SDK surface data;
- schema, values: views of a schema (unwrapped, merged, canonical; its types and values);
- reach: which operations reach each component schema, in which direction;
- uses: the component schemas used only as optional properties;
- context: what every comparison is given (`Context`, `Site`) and how it states a change;
- schemas, keywords, bounds, unions: comparing two schemas;
- security: security schemes, the server's scheme and host, operations' credentials;
- operations: comparing operations, parameters, bodies, responses and media types;
- surface: the SDK surface (functions, keyword arguments, model classes) and its diff;
- document: `diff_documents`, the whole comparison;
- report: text, Markdown and JSON renderings.
"""

"""Tools for editors: new files from the schema, sources from articles, drafts of facts from a
source's text, and the JSON Schemas their editor uses. They write content; the build never calls them."""

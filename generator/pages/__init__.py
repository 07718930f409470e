"""From facts to pages: render the resolved model into page bodies, links, structured data, the
search index and the downloads. Reads the content model; knows nothing of MkDocs or the command line."""

"""factsheet's MkDocs theme. It is packaged as `generator.theme`, so that `theme: factsheet` finds it
in an installed wheel; MkDocs copies no .py file of a theme into the site."""

"""`python -m marsad.schema [--write]`: print or rewrite the published JSON Schema."""
from marsad.schema import main

main()

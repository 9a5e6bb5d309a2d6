"""JSON responses encoded with orjson: the service's hot path returns plain dicts."""

from typing import Any

import orjson
from fastapi.responses import JSONResponse


class JSONBody(JSONResponse):
    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)

"""The baseline: a bare FastAPI endpoint returning a constant, served on the same stack as taas."""

from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/validate")
async def constant() -> JSONResponse:
    return JSONResponse({"validation": {"status": "coherent"}})

-- wrk: POST /validate with a short text, as agents send them.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["x-api-key"] = os.getenv("BENCH_API_KEY") or "bench-key"
wrk.body = '{"input_text": "I have deployed the service and all tests pass.", "context": "deploy"}'

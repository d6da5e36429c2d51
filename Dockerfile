# One image for every precredit role (worker, API, codec server); the command picks the role.
FROM python:3.11-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-chi-sim fonts-wqy-zenhei fonts-noto-cjk \
    libgl1 libglib2.0-0 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY precredit ./precredit
RUN pip install --no-cache-dir .
USER nobody
ENV PRECREDIT_DATA_DIR=/var/lib/precredit
ENTRYPOINT ["precredit"]
CMD ["worker"]

# syntax=docker/dockerfile:1.7
FROM debian:12 AS base
RUN apt-get update && \
    apt-get install -y curl && \
    cat <<EOF > /etc/app.conf
key=value
EOF
# comment right after the terminator
RUN <<SCRIPT bash
set -e
curl -fsSL https://example.com/install.sh | bash
SCRIPT
RUN echo done
COPY <<-"CFG" /etc/app/extra.conf
	listen 8080
		workers 4
	CFG
COPY <<one.txt <<'two' /opt/
first $HOME
one.txt
second $HOME
two
RUN python3 <<PY
print("no newline at the end")
PY
ARG GO_VERSION=1.22
ARG REGISTRY
ARG BASE=${REGISTRY:-docker.io}/library/alpine:3.20

FROM --platform=$BUILDPLATFORM golang:1.22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS build
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=secret,id=netrc,target=/root/.netrc \
    --network=none \
    go build -o /out/app ./cmd/app
USER builder

FROM Build AS debug
RUN go test ./...

FROM golang:${GO_VERSION} AS tools
FROM $BASE AS runtime-base

FROM scratch AS final
COPY --from=build --chown=65532:65532 /out/app /app
USER 65532:65532
ENTRYPOINT ["/app", "--serve"]
CMD exec /app --check

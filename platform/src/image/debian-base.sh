#!/usr/bin/env bash
# Makes the platform image's base without any registry: a minimal Debian with the distribution's
# Java 17 runtime, assembled from Debian packages with debootstrap and saved as an image tarball
# (docker-archive format) that Jib takes as its base (-Dimage.base=tar://...).
#
#   sudo platform/src/image/debian-base.sh [output.tar]   (default platform/target/debian-jre17-base.tar)
#
# Needs root, debootstrap and podman (Debian packages). Idempotent: an existing tarball is kept.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out="${1:-platform/target/debian-jre17-base.tar}"
suite="${DEBIAN_SUITE:-bookworm}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
if [[ -s "$out" ]]; then
  echo "base image $out exists"; exit 0
fi
mkdir -p "$(dirname "$out")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# minbase: essential packages and apt only; the JRE pulls in what it needs (certificates, tzdata);
# bubblewrap is the plugin sandbox (prlimit comes with util-linux, which minbase has).
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates-java,bubblewrap \
  "$suite" "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 30 "$work/debootstrap.log"; exit 1; }
# The image needs no package caches, documentation or apt lists.
rm -rf "$work/root"/var/cache/apt/archives/*.deb "$work/root"/var/lib/apt/lists/* \
  "$work/root"/usr/share/doc/* "$work/root"/usr/share/man/*
# The user the platform runs as (the chart's runAsUser), so that tools such as `id` can name it.
chroot "$work/root" useradd --uid 1000 --user-group --no-create-home --home-dir /app --shell /usr/sbin/nologin virkning
tar -C "$work/root" --numeric-owner -cf "$work/rootfs.tar" .
podman import --change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' \
  --change 'ENV LANG=C.UTF-8' "$work/rootfs.tar" localhost/virkning-base:debian-jre17 >/dev/null
podman save --format docker-archive -o "$out" localhost/virkning-base:debian-jre17
echo "base image written to $out"

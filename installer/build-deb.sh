#!/bin/sh
# Builds the Debian package from the app image the dist profile has just made, where the machine has the tools
# jpackage needs for it (dpkg-deb and fakeroot). Without them it says so and leaves the app image as the result,
# so the dist build never depends on them.
#   build-deb.sh <app image folder> <destination> <version> <installer folder>
# jpackage finds the runtime's own library needs; GTK, which JavaFX loads at run time, it cannot see, so it is named.
set -e
image="$1"
dest="$2"
version="$3"
installer="$4"
for tool in dpkg-deb fakeroot; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "[jalin] No .deb built: '$tool' is not installed (Debian/Ubuntu: sudo apt-get install dpkg-dev fakeroot)."
        echo "[jalin] The app image $image is complete and runs as it is."
        exit 0
    fi
done
jpackage --type deb \
    --app-image "$image" \
    --dest "$dest" \
    --name Jalin \
    --app-version "$version" \
    --vendor "Jalin" \
    --description "Cooperation manager for a forum of university libraries" \
    --linux-package-name jalin \
    --linux-deb-maintainer "jalin@localhost" \
    --linux-menu-group "Office" \
    --linux-app-category "misc" \
    --linux-shortcut \
    --linux-package-deps "libgtk-3-0" \
    --resource-dir "$installer/linux"
echo "[jalin] Built $(ls "$dest"/jalin_*.deb)"

#!/usr/bin/env bash
# deps.sh — installs the Debian 12 (bookworm) packages Vigie needs to build, test, run its
# demo and make its .deb. Only what is missing is installed: `apt-get update` and
# `apt-get install` run only if dpkg says a package is not there, so a second run does nothing.
# Run as root (apt-get goes through sudo otherwise); nothing is needed when all is installed.
set -euo pipefail
# shellcheck source=tools/setup/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

packages=(
    # toolchain; dpkg-dev and file are also what `cpack -G DEB` uses (dpkg-shlibdeps, ELF detection)
    build-essential cmake ninja-build pkg-config dpkg-dev file
    # Qt 6.4: Core Gui Widgets Sql Network Concurrent Test (qt6-base-dev, which brings the moc/rcc
    # tools and the OpenGL/Vulkan headers Qt6Gui's CMake package wants), Charts, Positioning,
    # Svg, LinguistTools (CMake package in qt6-tools-dev, lupdate/lrelease in qt6-l10n-tools)
    qt6-base-dev qt6-charts-dev qt6-positioning-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    # HttpServer: the Open311 GeoReport v2 endpoint for citizen reports (core/reports); its CMake
    # package needs Qt6WebSockets, which the Debian package does not depend on
    qt6-httpserver-dev qt6-websockets-dev
    # Multimedia: QSoundEffect for the urgent-alarm cue (plays through PulseAudio/PipeWire)
    qt6-multimedia-dev
    # Qt's own French strings for the standard dialogs (run time)
    qt6-translations-l10n
    # GIS and storage: GDAL/OGR, PROJ, GEOS, SQLite
    libgdal-dev libproj-dev libgeos-dev libsqlite3-dev
    # MQTT (client library; the broker for the integration tests and the demo), JSON, Boost
    libmosquitto-dev mosquitto libsimdjson-dev libboost-dev
    # mapping files for plain-JSON payloads (YAML, with line numbers); broker secrets in the
    # system keychain (Secret Service / KWallet through QtKeychain)
    libyaml-cpp-dev qtkeychain-qt6-dev
    # sunrise and sunset for the day/night lamp alarm rule (core/alarms/suntimes.cpp)
    libnova-dev
    # CRC32 and compression of session files (core/recording; libgdal-dev brings it too)
    zlib1g-dev
    # the demo without a display (xvfb-run needs xauth); a font for offscreen/Xvfb rendering
    xvfb xauth fonts-dejavu-core
    # tools/acceptance/restart.sh: a free port (python3) and the stored-message count (sqlite3)
    python3 sqlite3
    # tst_mqttsecurity: its test CA and certificates (mosquitto_passwd comes with mosquitto)
    openssl
)
# Left out on purpose: qt6-base-dev-tools, qt6-tools-dev-tools, libgl-dev, libglx-dev,
# libopengl-dev, libvulkan-dev, proj-data, libspatialite-dev (hard dependencies of the packages
# above, installed with them); libqt6sql6-sqlite (Vigie uses SQLite's C API, not the Qt SQL
# driver); gdal-bin (only tools/packs/build-packs.sh, which rebuilds the packs from ../shared);
# mosquitto-clients (handy to watch the broker, see the README, but nothing needs it).

if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091
    source /etc/os-release
    if [[ ${ID:-} != debian || ${VERSION_ID:-} != 12 ]]; then
        say "warning: written for Debian 12 (bookworm), this is ${PRETTY_NAME:-unknown}; trying anyway"
    fi
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
    [[ $status == ii* ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    say "all ${#packages[@]} packages are installed"
    exit 0
fi

say "installing ${#missing[@]} missing package(s): ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "run this as root: it installs Debian packages with apt-get"
    say "not root: running apt-get through sudo"
    sudo=(sudo DEBIAN_FRONTEND=noninteractive)
else
    sudo=()
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
say "done"

#!/usr/bin/env python3
"""Writes devices.csv in the city packs that have waste containers: a *simulated* LoRaWAN
fleet of bin-fill sensors, one per container, for vigie-sim's `ttn` and `chirpstack` formats
and for Vigie's device bindings (docs/city-packs.md, "Devices"; docs/simulator.md).

Nothing here is real data: the city publishes no sensor inventory.

- DevEUI: 02 56 49 47 PP NN NN NN, in 16 lower-case hex digits. 0x02 sets the EUI-64
  "locally administered" bit, so the id can be no manufacturer's (IEEE-assigned) EUI;
  56 49 47 is "VIG"; PP is the pack's number (PACK_NUMBERS); NN NN NN is the container's
  1-based position in its layer file. The simulator picks the sensor model from the
  DevEUI's parity (even: Milesight EM310-UDL, odd: Dingtek DF703).
- containerDepthM: sensor to bottom, a plausible value per container type (DEPTHS), not a
  measurement.
- installedAt: empty (unknown), so no reading is flagged as older than its installation.

Reads the asset layers the manifests declare (GeoJSON or ';'-separated CSV with the layer's
idField), so refs are the importer's (ImportedFeature::ref). Usage: make-devices.py
[CITIES_DIR], default resources/cities next to this script's repository. Deterministic:
running it twice gives the same files.
"""
import csv
import json
import sys
from pathlib import Path

# One byte of the DevEUI per pack, so that two packs never share a DevEUI.
PACK_NUMBERS = {"montpellier": 1, "paris": 2, "monaco": 3}
EUI_PREFIX = "02564947"


def depth_m(pack_id, props):
    """Container depth in metres (sensor under the lid to the bottom), by container type."""
    if pack_id == "paris":
        # Trilib' modules: 770 L (cans/plastic, paper "CB") and 500 L (glass) columns.
        return 1.8 if props.get("wastecontainermodelfo_usefulcapacity") == "770" else 1.5
    amenity = props.get("amenity")
    if amenity == "waste_basket":
        return 0.7  # street litter basket, 50–80 L
    if amenity == "waste_disposal":
        return 1.2  # 1 100 L wheeled bin
    if props.get("recycling_type") == "underground":
        return 2.0  # underground drop-off container
    return 1.8  # aerial drop-off container ("igloo"), 3–4 m³


def features(pack_dir, layer):
    """(ref, properties) of each feature of an asset layer, in file order."""
    path = pack_dir / layer["file"]
    id_field = layer["idField"]
    if path.suffix == ".geojson":
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            props = f["properties"]
            yield str(props[id_field]), props
    elif path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter=";"):
                yield row[id_field], row
    else:
        raise SystemExit(f"{path}: only GeoJSON and ';' CSV asset layers are read")


def main():
    root = Path(__file__).resolve().parents[2]
    cities = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "cities"
    for manifest_path in sorted(cities.glob("*/manifest.json")):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        pack_id = manifest["id"]
        layers = [l for l in manifest["layers"]
                  if l.get("role") == "asset" and l.get("kind") == "WasteContainer"]
        if not layers:
            continue
        if pack_id not in PACK_NUMBERS:
            raise SystemExit(f"{manifest_path}: give pack {pack_id} a number in PACK_NUMBERS")
        rows = ["deviceId,layer,ref,containerDepthM,installedAt"]
        index = 0
        for layer in layers:
            for ref, props in features(manifest_path.parent, layer):
                if "," in ref:
                    raise SystemExit(f"{manifest_path.parent}: ref {ref!r} holds a comma")
                index += 1
                dev_eui = f"{EUI_PREFIX}{PACK_NUMBERS[pack_id]:02x}{index:06x}"
                rows.append(f"{dev_eui},{layer['id']},{ref},{depth_m(pack_id, props)},")
        out = manifest_path.parent / "devices.csv"
        out.write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"{out}: {index} devices")


if __name__ == "__main__":
    main()

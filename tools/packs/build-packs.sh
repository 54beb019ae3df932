#!/usr/bin/env bash
# Rebuilds the layer files of the city packs in resources/cities from the real open data
# in ../shared/data (see its SOURCES.md). The outputs are committed, so a fresh clone runs
# without ../shared; run this only to refresh them. Needs gdal-bin (ogr2ogr).
#
# What it changes, and why (nothing else is touched: attributes and geometries are the
# sources' own):
# - Montpellier street lights: GeoPackage in EPSG:2154 (RGF93 / Lambert-93), the CRS the
#   city published them in; the GeoPackage states it.
# - Montpellier street centerlines: ESRI Shapefile in EPSG:2154 *without* a .prj, as city
#   exports often are; the manifest gives the CRS (sourceCrs).
# - Everything else is copied as is (GeoJSON in EPSG:4326, the Trilib CSV with its
#   "lat, lon" column).
# - devices.csv, the packs' *simulated* LoRaWAN fleet (one bin-fill sensor per container), is
#   generated from the container layers by make-devices.py.
# - manifest.json and crews.json (the field crews, docs/interventions.md) are written by hand
#   and left as they are.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SHARED_DATA:-$root/../shared/data}
out=$root/resources/cities

mtp=$out/montpellier
rm -f "$mtp"/*.gpkg "$mtp"/filaire_voies.*
ogr2ogr -f GPKG "$mtp/eclairage_public.gpkg" "$shared/montpellier/eclairage_public_lanternes_2013.geojson" \
    -t_srs EPSG:2154 -nln lanternes -lco FID=gpkg_fid -lco SPATIAL_INDEX=NO
ogr2ogr -f "ESRI Shapefile" "$mtp/filaire_voies.shp" "$shared/montpellier/filaire_voies_2014.geojson" \
    -t_srs EPSG:2154 -lco ENCODING=UTF-8 -lco RESIZE=YES -nln filaire_voies
rm -f "$mtp/filaire_voies.prj"
for f in quartiers_2014 sous_quartiers_2014 osm_points_recyclage_2014 limite_commune_2011; do
    cp "$shared/montpellier/$f.geojson" "$mtp/"
done

par=$out/paris
cp "$shared/paris/trilib_fill_levels_2018-12.csv" "$shared/paris/chantiers-perturbants_2018.geojson" \
   "$shared/paris/arrondissements.geojson" "$shared/paris/quartiers_administratifs.geojson" "$par/"

mon=$out/monaco
for f in street_lamps lit_road_segments waste_containers roads quartiers social_poi roadworks_construction monaco_boundary; do
    cp "$shared/monaco/$f.geojson" "$mon/"
done
python3 "$here/make-devices.py" "$out"
chmod 644 "$out"/*/*
du -sh "$out"/*

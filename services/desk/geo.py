"""The territory map: boundary files projected once to SVG paths and cached.

Longitude/latitude go through an equirectangular projection scaled by cos(40°) (the region
is small); rings are thinned to points at least `TOLERANCE` apart in SVG units. Each feature
is matched to our entities through the gazetteer, as the README of the boundary data asks.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from services.extraction.gazetteer import canonical_entity
from services.extraction.gazetteer_model import slugify

AZERBAIJAN_FILE = "azerbaijan-districts.geojson"
ARMENIA_FILE = "armenia-provinces.json"
WIDTH = 1000.0
TOLERANCE = 0.8
_SCALE_X = math.cos(math.radians(40.0))
_SUFFIXES = (" District", " City", " Province")

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class MapFeature:
    entity_id: str
    name: str
    country: str  # "az" or "am"
    path: str


@dataclass(frozen=True)
class RegionMap:
    features: tuple[MapFeature, ...]
    width: float
    height: float

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:.0f} {self.height:.0f}"


class GeoDataMissing(Exception):
    pass


REPO_ROOT = Path(__file__).resolve().parents[2]


def geo_path(configured: Path) -> Path:
    """A relative FACTSTREAM_GEO_DIR counts from the repository, not from the working dir."""
    return configured if configured.is_absolute() else (REPO_ROOT / configured).resolve()


def resolve_feature(name: str, local_names: Iterable[str] = ()) -> str:
    """Our entity id for a boundary feature: its name, the name without its unit word, then
    its local names, through the gazetteer; a slug of the name if nothing resolves."""
    bare = name
    for suffix in _SUFFIXES:
        bare = bare.removesuffix(suffix)
    for candidate in (name, bare, *local_names):
        entity = canonical_entity(candidate)
        if entity is not None and entity.kind == "place":
            return entity.id
    return slugify(name)


def _rings(geometry: dict[str, Any]) -> Iterator[Ring]:
    polygons = (
        [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    )
    for polygon in polygons:
        for ring in polygon:
            yield [(float(lon), float(lat)) for lon, lat, *_ in ring]


def _bounds(rings: list[Ring]) -> tuple[float, float, float, float]:
    lons = [lon for ring in rings for lon, _ in ring]
    lats = [lat for ring in rings for _, lat in ring]
    return min(lons), min(lats), max(lons), max(lats)


def _thin(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    kept = [points[0]]
    for x, y in points[1:]:
        px, py = kept[-1]
        if math.hypot(x - px, y - py) >= TOLERANCE:
            kept.append((x, y))
    return kept if len(kept) >= 3 else points


def _path(rings: list[Ring], project: Any) -> str:
    parts = []
    for ring in rings:
        points = _thin([project(lon, lat) for lon, lat in ring])
        head, *rest = points
        parts.append(
            f"M{head[0]:.1f},{head[1]:.1f}" + "".join(f"L{x:.1f},{y:.1f}" for x, y in rest) + "Z"
        )
    return "".join(parts)


def _load(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise GeoDataMissing(f"boundary file not found: {path}")
    features: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["features"]
    return features


@lru_cache(maxsize=2)
def region_map(geo_dir: Path) -> RegionMap:
    """Armenia first, then Azerbaijan's districts, then its cities (which sit inside
    districts); features resolving to the same entity (two Lankaran parts) merge."""
    entries: list[tuple[str, str, str, list[Ring]]] = []
    for feature in _load(geo_dir / ARMENIA_FILE):
        props = feature["properties"]
        local = str(props.get("name_local") or "").split("|")
        name = str(props["name"])
        rings = list(_rings(feature["geometry"]))
        entries.append((resolve_feature(name, local), name, "am", rings))
    azerbaijan = sorted(
        _load(geo_dir / AZERBAIJAN_FILE),
        key=lambda f: str(f["properties"]["shapeName"]).endswith(" City"),
    )
    for feature in azerbaijan:
        name = str(feature["properties"]["shapeName"])
        entries.append((resolve_feature(name), name, "az", list(_rings(feature["geometry"]))))
    west, south, east, north = _bounds([ring for *_, rings in entries for ring in rings])
    scale = WIDTH / ((east - west) * _SCALE_X)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * _SCALE_X * scale, (north - lat) * scale

    merged: dict[str, tuple[str, str, list[Ring]]] = {}
    for entity_id, name, country, rings in entries:
        if entity_id in merged:
            merged[entity_id][2].extend(rings)
        else:
            merged[entity_id] = (name, country, rings)
    features = tuple(
        MapFeature(entity_id, name, country, _path(rings, project))
        for entity_id, (name, country, rings) in merged.items()
    )
    return RegionMap(features, WIDTH, (north - south) * scale)

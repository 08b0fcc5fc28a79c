"""Distances on the earth's surface, good to a few metres at the scale of Germany."""

import math

EARTH_RADIUS_KM = 6371.0088  # mean earth radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = math.radians(lat2 - lat1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) of a box holding every point within `radius_km`.

    Meant as an indexed prefilter before the exact distance. The longitude span widens with
    latitude (a degree of longitude shrinks with its cosine); the widest point of a circle lies
    at asin(sin(r) / cos(lat)), which is used here. Near a pole or across the date line the box
    spans all longitudes.
    """
    angle = max(radius_km, 0.0) / EARTH_RADIUS_KM
    # A hair of slack so that rounding never drops a point lying exactly on the circle.
    delta_lat = math.degrees(angle) * (1 + 1e-9) + 1e-9
    min_lat, max_lat = max(lat - delta_lat, -90.0), min(lat + delta_lat, 90.0)
    cos_lat = math.cos(math.radians(lat))
    if angle >= math.pi / 2 or max_lat >= 90.0 or min_lat <= -90.0 or math.sin(angle) >= cos_lat:
        return (min_lat, max_lat, -180.0, 180.0)
    delta_lon = math.degrees(math.asin(math.sin(angle) / cos_lat)) * (1 + 1e-9) + 1e-9
    if lon - delta_lon < -180.0 or lon + delta_lon > 180.0:
        return (min_lat, max_lat, -180.0, 180.0)
    return (min_lat, max_lat, lon - delta_lon, lon + delta_lon)

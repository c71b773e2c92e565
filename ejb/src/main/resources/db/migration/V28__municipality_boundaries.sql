-- Municipality boundaries for the coverage map (issue 16), imported by ADMIN from a GeoJSON file.
-- Per kommunkod: a simplified SVG path in the map's plane and the kommunkoder of the
-- municipalities that share a boundary with it (comma-separated), computed once at import.
create table municipality_boundary (
    municipality_code varchar(4) primary key,
    svg_path text not null,
    neighbours varchar(1000) not null
);

-- The checksum of the last imported file, so a restart does not import the same file again.
create table boundary_import (
    checksum varchar(64) primary key,
    municipalities integer not null,
    imported_by varchar(100) not null,
    imported_at timestamp(6) with time zone not null
);

// zlib, for the office register's stored documents (Sources/Office/Deflate.swift only).
#include <zlib.h>

#ifndef FUNDSTELLE_CLIBXML2_SHIM_H
#define FUNDSTELLE_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU. Its <unicode/ucnv.h> clashes with the ICU that
// Foundation bundles, but only on a clean build (incremental builds hide it). We never
// use libxml2's ICU encoding hooks, so switch them off before the headers see them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

#endif

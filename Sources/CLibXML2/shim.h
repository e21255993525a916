#ifndef JUKI_CLIBXML2_SHIM_H
#define JUKI_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU, so <libxml/encoding.h> includes the system's <unicode/ucnv.h>.
 * Foundation carries its own ICU (_FoundationICU) whose UErrorCode differs, and a Swift file that imports
 * both fails to build ("'UErrorCode' has different definitions in different modules"). We never touch
 * libxml2's ICU converters, so stand in for the two ICU types its struct needs and skip the header. */
#include <stdint.h>
#ifndef UCNV_H
#define UCNV_H 1
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>

/// `xmlFree` is a C global function pointer, which Swift 6 treats as shared mutable state: call it here.
static inline void juki_xmlFree(void *p) { xmlFree(p); }
#endif

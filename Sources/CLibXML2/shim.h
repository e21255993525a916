#ifndef JUKI_CLIBXML2_SHIM_H
#define JUKI_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>

/// `xmlFree` is a C global function pointer, which Swift 6 treats as shared mutable state: call it here.
static inline void juki_xmlFree(void *p) { xmlFree(p); }
#endif

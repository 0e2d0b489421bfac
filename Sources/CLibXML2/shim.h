#ifndef OBERIH_CLIBXML2_SHIM_H
#define OBERIH_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and its headers then pull in ICU types that clash
// with Foundation's bundled ICU ("'UErrorCode' has different definitions"). Nothing here
// needs libxml2's ICU support, so switch it off before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>

// libxml2's generic error callback is variadic, which Swift cannot define. These two
// helpers let Swift silence it so that nothing is printed behind the caller's back.
static inline void oberih_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void oberih_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, oberih_ignore_generic_error);
}

#endif

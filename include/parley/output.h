// parley/output.h — writing coded documents: the JSON contract, flat TSV, a terminal table.
//
// `to_json` prints exactly the object of DESIGN.md section 3 on one line. `tsv_header` and
// `to_tsv` print one event a row with a header row, tab-separated, with tabs and line breaks
// inside fields replaced by spaces, so R's read.delim and pandas' read_csv(sep="\t") load it
// as is. Empty fields stand for missing values.
#pragma once

#include <string>

#include "parley/coded.h"

namespace parley {

std::string to_json(const CodedDocument& doc);

std::string tsv_header();
std::string to_tsv(const CodedDocument& doc);  // one line per event, each ending in '\n'

// Meetings as TSV: one row per participant (a meeting with no named participant has one row
// with the participant columns empty); parties are joined with ';'.
std::string meetings_tsv_header();
std::string meetings_to_tsv(const CodedDocument& doc);

// A fixed-width table for people at a terminal (the demo): one line per event.
std::string table_header();
std::string to_table(const CodedDocument& doc);

}  // namespace parley

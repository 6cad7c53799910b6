// lexicon/embedded_data.h — parley's own dictionaries, built into the library.
//
// The build (cmake/embed.cmake) writes every file of data/ and Debian's iso-codes tables into
// one generated source file, so the library needs no data folder at run time. Paths are
// relative to the repository ("data/verbs/04_consult.txt"); the iso-codes tables keep their
// file names ("iso_3166-1.json").
#pragma once

#include <span>

namespace parley::embedded {

struct File {
  const char* path;
  const char* text;
};

std::span<const File> files();

}  // namespace parley::embedded

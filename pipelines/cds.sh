# Class-data sharing for the scripts' JVMs (sourced, not run). JDK 17's dynamic archive: the first
# run of a class path records the classes it loaded in target/cds/NAME.jsa; later runs map them
# instead of parsing and verifying them again, a second or so of the job's start-up on 2 cores
# (docs/benchmarks.md, section 2). It maps classes from jars only, never from directories.
#
#   cds_flags NAME CLASSPATH   sets CDS_FLAGS: use the archive, or record one at exit
#   java "${CDS_FLAGS[@]}" …
#   cds_keep                   puts a recorded archive in place (after the JVM exited)
#
# An archive older than a jar of its class path is recorded again. One the JVM cannot use (another
# JDK, a jar changed within the second) is ignored, silently: the run then only starts slower.
# CDS=0 turns it off. The JVM's CDS messages are off: recording one lists every class it skips.

cds_flags() {
  local name=$1 classpath=$2 archive="target/cds/$1.jsa" entry
  CDS_FLAGS=()
  CDS_RECORDING=
  [ "${CDS:-1}" = 0 ] && return
  mkdir -p target/cds
  CDS_FLAGS=('-Xlog:cds*=off')
  if [ -f "$archive" ]; then
    local IFS=:
    for entry in $classpath; do
      if [ -f "$entry" ] && [ "$entry" -nt "$archive" ]; then
        rm -f "$archive"
        break
      fi
    done
  fi
  if [ -f "$archive" ]; then
    CDS_FLAGS+=("-XX:SharedArchiveFile=$archive")
  else
    # Under a name of its own, so that two runs recording at once cannot mix their archives.
    CDS_RECORDING="$archive.$$"
    CDS_FLAGS+=("-XX:ArchiveClassesAtExit=$CDS_RECORDING")
  fi
}

cds_keep() {
  if [ -n "${CDS_RECORDING:-}" ] && [ -f "$CDS_RECORDING" ]; then
    mv -f "$CDS_RECORDING" "${CDS_RECORDING%.*}"
  fi
  CDS_RECORDING=
}

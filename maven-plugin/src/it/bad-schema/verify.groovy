// The build failed, and every schema error was logged as [ERROR] /absolute/file:line:column: error: message,
// the form IDEs and CI log scanners turn into links.
def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'src/main/structview/bad.yaml').canonicalPath
def errors = log.readLines().findAll { it.startsWith('[ERROR] ' + schema + ':') }
errors.each { println "found: $it" }
// One line per mistake, each pointing at the offending character (line 5: the Z; line 9: the field list).
assert errors.any { it.startsWith("[ERROR] $schema:5:16: error: bad char in struct format: 'Z'") } : log
assert errors.any { it.startsWith("[ERROR] $schema:9:19: error: record 'Trailer' has 2 field names") } : log
assert log.contains('BUILD FAILURE')
assert log.contains('StructView: 2 error(s) in schema files under src/main/structview')
// The good schema in the same build was still generated; nothing was generated from the bad one.
assert new File(basedir, 'target/generated-sources/structview/it/structview/good/Fine.java').isFile()
assert !new File(basedir, 'target/generated-sources/structview/it/structview/bad').exists()
return true

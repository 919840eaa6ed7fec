// The build failed, and every schema error was logged as [ERROR] /absolute/file:line:column: error: message,
// the form IDEs and CI log scanners turn into links.
def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'src/main/structview/bad.yaml').canonicalPath
def errors = log.readLines().findAll { it.startsWith('[ERROR] ' + schema + ':') }
errors.each { println "found: $it" }
assert errors.size() >= 2 : "expected one error line per mistake, got:\n" + log
errors.each { assert it =~ /^\[ERROR\] \/.+\/bad\.yaml:\d+:\d+: error: \S.*/ : it }
assert log.contains('BUILD FAILURE')
assert log =~ /StructView: \d+ error\(s\) in schema files under src\/main\/structview/
// The good schema in the same build was still generated; nothing was generated from the bad one.
assert new File(basedir, 'target/generated-sources/structview/it/structview/good/Fine.java').isFile()
assert !new File(basedir, 'target/generated-sources/structview/it/structview/bad').exists()
return true

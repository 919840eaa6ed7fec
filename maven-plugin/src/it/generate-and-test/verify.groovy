// The build generated both source sets, compiled them and the tests against them passed.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/structview/it/structview/geo/Point.java')
def testOut = new File(basedir, 'target/generated-test-sources/structview/it/structview/sample/Sample.java')
assert out.isFile() : "missing $out"
assert testOut.isFile() : "missing $testOut"
assert new File(basedir, 'target/classes/it/structview/geo/Point.class').isFile()
assert new File(basedir, 'target/test-classes/it/structview/sample/Sample.class').isFile()
assert log.contains('StructView: generated sources from 1 schema(s) into target/generated-sources/structview')
assert log.contains('StructView: generated sources from 1 schema(s) into target/generated-test-sources/structview')
def report = new File(basedir, 'target/surefire-reports/TEST-it.structview.GeneratedTest.xml')
assert report.isFile() : "tests did not run: $report"
def suite = report.text
assert suite =~ /tests="2"/ && suite =~ /failures="0"/ && suite =~ /errors="0"/ : suite
return true

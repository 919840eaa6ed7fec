// After the third run: the deleted schema's class is gone, the other class was not touched.
def out = new File(basedir, 'target/generated-sources/structview')
assert !new File(out, 'it/structview/old/Legacy.java').exists()
assert !new File(out, 'it/structview/old').exists() : 'emptied package directory left behind'
def frame = new File(out, 'it/structview/wire/Frame.java')
def stamps = new Properties()
new File(basedir, 'mtimes-after-run-1.properties').withInputStream { stamps.load(it) }
assert String.valueOf(frame.lastModified()) == stamps.getProperty('generated-sources/structview/it/structview/wire/Frame.java')
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects/)
assert runs.length == 4 : "expected three runs, got ${runs.length - 1}"
assert runs[3].contains('StructView: removed 1 stale generated file(s) from target/generated-sources/structview')
assert runs[3].contains('StructView: 1 schema(s) up to date, nothing to generate')
return true

// The consumer compiled as a module against the io.structview module, with the version from structview-bom.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/classes/module-info.class').isFile()
assert new File(basedir, 'target/classes/com/example/consumer/Sizes.class').isFile()
assert log.contains('BUILD SUCCESS')
return true

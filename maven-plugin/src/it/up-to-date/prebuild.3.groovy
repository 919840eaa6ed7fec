// Before the third run: the user deletes a schema.
assert new File(basedir, 'src/main/structview/old.yml').delete()
return true

# CAMEO 20 USE UNCONVENTIONAL MASS VIOLENCE (PLOVER ASSAULT).
20.mass              200   v:exterminate|annihilate|decimate  recip=obj
20.expulsion         201   v:expel|drive|force  with=population|ethnic|minority|villager|civilian|resident|community  prt=out  recip=obj,from
20.expulsion.n       201   n:expulsion  with=mass|ethnic|population  recip=of
20.killings          202   n:killing|massacre|slaughter|atrocity  with=mass|civilian|hundreds|thousands  recip=of,in
20.massacre          202   v:massacre|slaughter  recip=obj
20.cleansing         203   n:cleansing|genocide  recip=of,against
20.genocide.v        203   v:commit  obj=genocide|cleansing  recip=against
20.wmd               204   v:use|deploy|drop|detonate|launch  with=chemical|biological|nuclear|radiological|gas|sarin|chlorine|wmd  recip=against,on,in
20.chem              2041  v:use|deploy|drop|launch  with=chemical|biological|sarin|chlorine|gas|nerve  recip=against,on,in
20.nuke              2042  v:detonate|explode|drop|test  with=nuclear|atomic|bomb|device  recip=on,in
20.rad               2041  v:use|detonate|explode  with=radiological|dirty  recip=on,in
20.wmd.n             204   n:attack  with=chemical|biological|nuclear|gas  recip=on,in,against

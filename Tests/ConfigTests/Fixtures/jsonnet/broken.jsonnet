// A syntax error on line 4: a missing comma between fields.
{
  family: 'app'
  cpu: '256',
}

{ name: 'from-jpath' }
